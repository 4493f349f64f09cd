/**
 * Implementation of the letter channel: its statements, the PDF drawing, the QR codes.
 */
package fr.relance.output.letters.internal;
