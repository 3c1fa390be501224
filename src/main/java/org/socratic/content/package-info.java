/**
 * Practice content: parametric item families kept as data, instance generation, answer checking by code, hint
 * ladders, misconception diagnosis, validation of the bank, and embedding and retrieval of content in pgvector.
 */
package org.socratic.content;
