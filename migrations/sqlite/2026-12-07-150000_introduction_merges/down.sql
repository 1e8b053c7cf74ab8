DROP TABLE introduction_merges;
