import { domAnimation } from 'framer-motion';

/** framer-motion's animation features, loaded after the first page so they cost it nothing. */
export default domAnimation;
