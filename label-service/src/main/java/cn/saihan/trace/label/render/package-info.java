/** Drawing labels: QR codes as PNG and SVG, and printable A4 PDF sheets of many labels. */
package cn.saihan.trace.label.render;
