/** Test support shared by the services: in-process infrastructure and assertions on the event contract. */
package fi.tiekartta.testing;
