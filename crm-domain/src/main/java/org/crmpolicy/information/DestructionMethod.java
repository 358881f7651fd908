package org.crmpolicy.information;

/** How customer information was destroyed (004 ch.3 §6.2). */
public enum DestructionMethod {
    /** 粉碎 — shredding. */
    SHREDDING,
    /** 烧毁 — burning. */
    BURNING,
    /** 删除 — deletion. */
    DELETION,
    /** 加密销毁 — cryptographic erasure. */
    CRYPTOGRAPHIC_ERASURE
}
