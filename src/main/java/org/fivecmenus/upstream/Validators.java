package org.fivecmenus.upstream;

/**
 * HTTP cache validators of a previous response, for a conditional GET. They belong to a URL, not to a hall and
 * date: Pomona serves every date from one feed, so a 304 there says the feed is unchanged, and is only useful
 * to a caller that kept the previous body or menus for that feed.
 *
 * @param etag         the ETag response header as sent, or null
 * @param lastModified the Last-Modified response header as sent, or null
 */
public record Validators(String etag, String lastModified) {

    public static final Validators NONE = new Validators(null, null);

    public boolean isEmpty() {
        return etag == null && lastModified == null;
    }
}
