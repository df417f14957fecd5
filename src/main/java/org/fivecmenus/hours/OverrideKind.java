package org.fivecmenus.hours;

/** What a date override does to a hall's day (see docs/hours.md, section 1). */
public enum OverrideKind {
    CLOSED_DAY("Closed all day"),
    CLOSED_MEAL("Meal closed"),
    CHANGED_TIMES("Changed times"),
    SPECIAL_OPENING("Special opening");

    private final String label;

    OverrideKind(String label) {
        this.label = label;
    }

    /** How the admin area names it. */
    public String label() {
        return label;
    }

    /** Whether an override of this kind gives a meal times. */
    public boolean timed() {
        return this == CHANGED_TIMES || this == SPECIAL_OPENING;
    }
}
