/**
 * Contacts with customers and what shapes them: the contact log ({@link org.crmpolicy.contact.Contact}), the roles
 * people held ({@link org.crmpolicy.contact.RoleAssignment}), the customer's tier history
 * ({@link org.crmpolicy.contact.TierPeriod}) and the events that start obligations
 * ({@link org.crmpolicy.contact.CustomerEvent}). All values are immutable records; none holds personal data.
 */
package org.crmpolicy.contact;
