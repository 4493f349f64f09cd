/**
 * Set-based test worlds, the benchmarks' hundreds of thousands of rows: {@link BulkWorld}
 * runs ordered {@code .sql} resources with named bindings. Uses only the schema and JDBI,
 * never a stage's code.
 */
package fr.relance.testworld.bulk;
