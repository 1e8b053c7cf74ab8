DROP TABLE need_questions;
DROP TABLE need_matches;
