// Adds DOM matchers (toBeInTheDocument, toHaveAccessibleName...) for component suites.
import '@testing-library/jest-dom';
