package org.crmpolicy.contact;

/** How a contact was made (003 §14(二), §17(二)). Only {@link #VISIT} is on site. */
public enum Channel {
    PHONE("phone call"),
    EMAIL("email"),
    SMS("SMS"),
    /** QQ, WeChat and other online messaging. */
    IM("online message"),
    /** On site at the customer (现场走访/现场回访). */
    VISIT("on-site visit"),
    /** A meeting: an ordering conference, exchange meeting or a visit of the customer to the company. */
    MEETING("meeting"),
    VIDEO("video call");

    private final String phrase;

    Channel(String phrase) {
        this.phrase = phrase;
    }

    /** How a sentence names one contact over this channel: {@code "phone call"}. */
    public String phrase() {
        return phrase;
    }

    /** True for an on-site contact: the R2–R4 revisits must be on site. */
    public boolean isOnSite() {
        return this == VISIT;
    }
}
