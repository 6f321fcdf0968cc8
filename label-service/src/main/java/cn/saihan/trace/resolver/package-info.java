/** The resolver: what a phone sees after scanning a label, in HTML or JSON, with a verdict on the label's genuineness. */
package cn.saihan.trace.resolver;
