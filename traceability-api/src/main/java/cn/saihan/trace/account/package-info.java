/** Logins and roles: the bureau, and farmers bound to one producer; lock-out after repeated failed logins. */
package cn.saihan.trace.account;
