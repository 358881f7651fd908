package org.crmpolicy.deadline;

/** How an inquiry reached the company; it decides the response time of a plain inquiry (D1-D3). */
public enum InquiryChannel {
    /** By telephone: D1. */
    PHONE,
    /** Online (web chat, instant messaging, QQ): D2. */
    ONLINE,
    /** By e-mail: D3. */
    EMAIL,
    /** Any other way (a visit, a letter); only a service request (D4) has a response time then. */
    OTHER
}
