/** The product catalog: the district's specialty products and their GS1 GTINs (assigned from the company prefix). */
package cn.saihan.trace.product;
