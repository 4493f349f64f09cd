/**
 * When the engine may reach a debtor by SMS or phone: French public holidays (computed,
 * Easter-based ones included, with the Alsace-Moselle extra days and, optionally, the
 * overseas abolition-of-slavery days), the debtor's region and time zone from the
 * postcode, and the weekday sending windows (docs/domain.md#contact-hours). Pure
 * functions of their arguments; no clock is read here.
 */
package fr.relance.dunning.calendar;
