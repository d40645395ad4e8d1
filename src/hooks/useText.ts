import { createContext, useContext } from 'react';
import { textOf, type Text } from '../content/text';

/** The interface text the app renders in: English unless a provider says otherwise. */
export const TextContext = createContext<Text>(textOf('en'));

/** The words and grammar of the reader's language, for a view or component to render. */
export const useText = () => useContext(TextContext);
