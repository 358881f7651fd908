package org.crmpolicy.finding;

/** The policy areas of the catalogue (POLICY.md); the letter is the first character of every rule ID. */
public enum PolicyArea {
    TIERS('T'),
    CONTACT_FREQUENCY('C'),
    REVISITS('R'),
    RESPONSE_DEADLINES('D'),
    COMPLAINT_PROCESS('P'),
    APPROVALS('A'),
    CUSTOMER_INFORMATION('I'),
    METRICS('M');

    private static final PolicyArea[] AREAS = values(); // not values() per call: every finding of a batch asks

    private final char letter;

    PolicyArea(char letter) {
        this.letter = letter;
    }

    public char letter() {
        return letter;
    }

    /**
     * @throws IllegalArgumentException if no area has this letter
     */
    public static PolicyArea ofLetter(char letter) {
        for (PolicyArea area : AREAS) {
            if (area.letter == letter) {
                return area;
            }
        }
        throw new IllegalArgumentException("no policy area has the letter '" + letter + "'; expected one of T, C, R, D, P, A, I, M");
    }
}
