/** Labels: GS1 Digital Link URIs with unguessable serials, issued per lot, rendered as QR codes, and counted when scanned. */
package cn.saihan.trace.label;
