package org.crmpolicy.information;

/** Where a written field is encrypted (I7; 004 ch.1 §5 1.2 "存储、传输与处理应采用加密技术"). */
public enum Encryption {
    /** Stored encrypted: the raw column, file or backup holds ciphertext only. */
    AT_REST,
    /** Sent encrypted: the channel (TLS, an encrypted envelope) protects it on the way. */
    IN_TRANSIT
}
