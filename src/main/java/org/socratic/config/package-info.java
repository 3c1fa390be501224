/** Loading the YAML files in the top-level folders, with errors that name the file, the line and the key. */
package org.socratic.config;
