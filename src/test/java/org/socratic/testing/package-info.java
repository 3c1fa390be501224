/** Shared test support: the real PostgreSQL test database, signing in over HTTP. */
package org.socratic.testing;
