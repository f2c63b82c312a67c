/** First start (the first administrator) and demo mode (sample jurisdictions, users and clusters). */
@NullMarked
package org.gvclab.web.demo;

import org.jspecify.annotations.NullMarked;
