/**
 * Tests that change the whole database (history cleanup) or need an application context of their own. The
 * build runs each class of this package in a JVM of its own (Surefire execution {@code isolated-tests}): one
 * JVM can hold only one process engine, because the REST API and the webapps look the engine up by name.
 */
package nl.plusteam.isolated;
