/** The signed-in user's own login: changing its password. */
package cn.saihan.trace.web.account;
