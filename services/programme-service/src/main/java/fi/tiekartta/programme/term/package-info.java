/**
 * Government terms (hallituskaudet): the electoral periods the roadmap is spread over — 2019–2023
 * (Rinne, then Marin), 2023–2027 (Orpo), 2027–2031 (election 18.4.2027). Reference data, loaded from
 * the domain kernel's {@code fi/tiekartta/kernel/period/government-terms.json} on start-up; programme admins add the next term and record
 * its dates and governments as they become known. Both go through {@code application.GovernmentTermService}:
 * the API from {@code web}, the start-up load from {@code scheduling}.
 */
package fi.tiekartta.programme.term;
