import { termListing } from '../../../_listing/term-listing';

const listing = termListing('tag');

export const generateStaticParams = listing.generateStaticParams;
export const generateMetadata = listing.generateMetadata;
export default listing.Page;
