/**
 * The e-mail channel of the output stage: a reminder after the first letter, rendered
 * once into a message file (plain text and HTML, no attachment) registered with its batch
 * through {@link fr.relance.output.EmissionProtocol}, then delivered to the deployment's
 * SMTP server, each delivery recorded so a message accepted once is never sent again and
 * a failing one is retried a bounded number of times. Without an SMTP server the messages
 * stay in a pickup folder.
 */
package fr.relance.output.email;
