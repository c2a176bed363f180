/**
 * Page furniture: the labels, buttons and widget text that web pages wrap around an article
 * and that copy-pasting brings along ("Advertisement", "Leave a Reply", "Also Read"). Words
 * inside them are never entities. Matched case-insensitively against the start of a line
 * (after bullets and dashes) or against a whole line.
 */
export const FURNITURE_PHRASES: readonly string[] = [
  'advertisement', 'sponsored', 'sponsored content', 'leave a reply', 'leave a comment', 'post a comment',
  'also read', 'related read', 'read also', 'read more', 'must read', 'more articles', 'latest article',
  'latest articles', 'latest news', 'related articles', 'related stories', 'related posts', 'related news',
  'recommended', 'recommended for you', 'you may also like', 'you might also like', 'trending', 'trending now',
  'popular posts', 'most read', 'most popular', 'editor\'s picks', 'editors picks', 'top stories',
  'share this', 'share this article', 'share on facebook', 'share on twitter', 'follow us', 'subscribe',
  'subscribe now', 'sign up', 'sign in', 'log in', 'login', 'newsletter', 'click here', 'continue reading',
  'skip to content', 'skip to main content', 'table of contents', 'cancel reply', 'post comment',
  'your email address will not be published', 'required fields are marked', 'save my name', 'spot_img',
  'spot_imgspot_img', 'tags', 'filed under', 'photo credit', 'image credit', 'image source', 'getty images',
  'all rights reserved', 'copyright', 'privacy policy', 'terms of use', 'cookie policy', 'contact us', 'about us',
  'home', 'menu', 'search', 'next article', 'previous article', 'next post', 'previous post', 'load more',
  'show more', 'comments', 'no comments', 'print', 'email', 'whatsapp', 'telegram', 'linkedin', 'pinterest',
  'reddit', 'listen to this article', 'reading time', 'min read', 'updated', 'published',
];

/** Furniture words that can sit anywhere in a line ("- Advertisement -spot_img"). */
export const FURNITURE_WORDS: ReadonlySet<string> = new Set(['advertisement', 'spot_img', 'spot_imgspot_img', 'sponsored']);
