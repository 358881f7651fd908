package org.crmpolicy.rules.obligations;

/** C7: the work calendar has no date for a festival in a year, so its care greeting cannot be checked. */
public record UnknownFestival(String festivalAndYear) {
}
