/** How the retention stage finds the files of each kind in the drop zone and the outputs. */
package fr.relance.retention.internal;
