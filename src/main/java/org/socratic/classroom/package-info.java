/** Classes, enrollments and who may see which student's data. */
package org.socratic.classroom;
