/**
 * The server-rendered pages, one sub-package per kind of user: {@code home} (everyone),
 * {@code farmer} (a producer's lots and events), {@code bureau} (the registry), {@code consumer}
 * (what a scanned label shows); {@code system} holds what every page shares (language, layout
 * model, login page, error pages). Every text comes from {@code messages*.properties}.
 */
package cn.saihan.trace.web;
