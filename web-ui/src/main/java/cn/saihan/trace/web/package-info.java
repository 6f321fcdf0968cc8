/**
 * The server-rendered pages, one sub-package per kind of user: {@code home} (everyone),
 * {@code farmer} (a producer's lots and events), {@code bureau} (the registry), {@code consumer}
 * (what a scanned label shows); {@code system} holds what every page shares (language, layout
 * model, login page, error pages, who may open which page). Every text comes from
 * {@code messages*.properties}. Pages read and write through the domain's services and read models,
 * never a repository or JDBC, and their packages form no cycle: {@code cn.saihan.trace.ArchitectureTests}
 * enforces both, with the module and feature boundaries of the whole application.
 */
package cn.saihan.trace.web;
