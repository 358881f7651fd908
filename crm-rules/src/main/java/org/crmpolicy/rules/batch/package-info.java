/**
 * Streaming batch evaluation of a whole portfolio (tiering and contact obligations C1–C11, R1–R6): the input and
 * output types of {@link org.crmpolicy.rules.batch.PortfolioBatch}.
 */
package org.crmpolicy.rules.batch;
