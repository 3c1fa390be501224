/** Who a person is: users, roles, password hashing, sign-in and the tokens that prove it. */
package org.socratic.identity;
