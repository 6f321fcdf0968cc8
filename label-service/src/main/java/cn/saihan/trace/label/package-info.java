/**
 * Labels: GS1 Digital Link URIs with unguessable serials, issued per lot, rendered as QR codes, and
 * counted when scanned. Who may issue and print them is declared here ({@code LabelAuthorizationRules}),
 * not in the registry's security.
 */
package cn.saihan.trace.label;
