/**
 * Drawing labels: QR codes as PNG and SVG in a mask every reader decodes, PDF sheets on the label
 * stock farmers buy, and the compliance certificate (承诺达标合格证) in the national form.
 */
package cn.saihan.trace.label.render;
