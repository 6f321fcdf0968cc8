/** The product catalog: the district's specialty products and their GS1 GTINs. */
package cn.saihan.trace.product;
