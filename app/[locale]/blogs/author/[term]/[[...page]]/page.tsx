import { termListing } from '../../../_listing/term-listing';

// Only the prerendered terms and pages exist; any other is the site's 404 page.
export const dynamicParams = false;

const listing = termListing('author');

export const generateStaticParams = listing.generateStaticParams;
export const generateMetadata = listing.generateMetadata;
export default listing.Page;
