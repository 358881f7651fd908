/**
 * Metrics M1 and M2 (004 ch.7 §2, ch.5 §4.2; 002 §6.1): the catalogue of indicators ({@link org.crmpolicy.metric.Metric}),
 * one computed value with its numerator, denominator and definition ({@link org.crmpolicy.metric.Indicator}) — or the
 * reason it cannot be computed, never a made-up zero — and what a host hands in: the portfolio
 * ({@link org.crmpolicy.metric.Portfolio}, {@link org.crmpolicy.metric.PortfolioCustomer}), survey answers
 * ({@link org.crmpolicy.metric.SurveyResponse}) and amounts ({@link org.crmpolicy.metric.CustomerAmounts}). The
 * computation is {@code CrmPolicy.metrics()} in crm-rules. Pure Java values, immutable and thread-safe.
 */
package org.crmpolicy.metric;
