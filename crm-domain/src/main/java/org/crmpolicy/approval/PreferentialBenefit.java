package org.crmpolicy.approval;

/** The contents of a preferential policy (T8, 003 §12(三)). */
public enum PreferentialBenefit {
    /** 产品资源保障 — guaranteed product resources. */
    PRODUCT_RESOURCE_GUARANTEE,
    /** 价格优惠 — price discount. */
    PRICE_DISCOUNT,
    /** 不贴息收取银行承兑汇票 — accepting bank acceptance bills without charging discount interest. */
    BANK_ACCEPTANCE_WITHOUT_DISCOUNT_INTEREST,
    /** 其他优惠政策 — anything else the GM office meeting grants. */
    OTHER
}
