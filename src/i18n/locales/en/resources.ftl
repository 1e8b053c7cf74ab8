## Resources and the resource library (issue 5, point 6)

nav-resources = Resources
library-title = Resource library
library-lead = Documents and links shared by projects and by the GFMD Support Unit: training material, migration profiles, reports, policies, guidelines and data, searchable by country, kind and words.
library-filters-label = Search the library
library-add = Add a resource to the library
library-found = { $count ->
    [one] { $count } resource
   *[other] { $count } resources
}
library-none = No resource matches these filters. Try fewer filters or other words.

resource-kind-training_material = Training material
resource-kind-migration_profile = Migration profile
resource-kind-report = Report
resource-kind-policy = Policy
resource-kind-guideline = Guideline
resource-kind-data = Data
resource-kind-presentation = Presentation
resource-kind-other = Other

resource-document = Document
resource-link = Link
resource-of-project = Project:
resource-countries = Countries covered
resource-countries-none = Not specific to a country
resource-project = Project
resource-project-none = None: a resource of the library
resource-added = Added on
resource-download = Download the document
resource-open-link = Open the link
resource-remove = Remove this resource

project-resources = Resources
project-resources-none = No document or link has been shared yet.
project-resources-add = Add a resource

resource-new-title = Add a resource
resource-new-lead-project = Share a document or a link with everyone who reads this project's page. It also appears in the resource library.
resource-new-lead-library = Add a document or a link to the library that belongs to no project, such as a country's migration profile.
resource-field-title = Title
resource-field-description = Description (optional)
resource-hint-description = What it holds and who it is for, in at most 2,000 characters.
resource-field-kind = Kind of resource
resource-choose-kind = Choose a kind
resource-field-lang = Language of the resource
resource-hint-countries = Choose every country it covers (hold Ctrl, or Cmd on a Mac, to choose several). Choose none if it is not about particular countries.
resource-what = Document or link
resource-hint-what = Give either a link or a document, not both.
resource-field-url = Link (an address starting with http:// or https://)
resource-field-file = Document
resource-hint-file = { $count ->
    [one] PDF, Word, Excel, PowerPoint, OpenDocument or an image (PNG, JPEG, GIF, WebP), at most { $count } megabyte.
   *[other] PDF, Word, Excel, PowerPoint, OpenDocument or an image (PNG, JPEG, GIF, WebP), at most { $count } megabytes.
}
resource-submit = Add the resource

resource-error-title = Enter a title of at most 200 characters.
resource-error-description = Shorten the description to at most 2,000 characters.
resource-error-kind = Choose the kind of resource.
resource-error-lang = Choose the language of the resource.
resource-error-country = Choose countries from the list.
resource-error-url = Enter a full address starting with http:// or https://, such as https://www.example.org/report.
resource-error-both = Give either a link or a document, not both: empty the link or leave the document out.
resource-error-none = Choose a document or enter a link.
resource-error-again = Choose the document again: it is not kept while other answers need correcting.
resource-error-empty = The chosen file is empty. Choose the document again.
resource-error-type = This file is not a PDF, an office document (Word, Excel, PowerPoint, OpenDocument) or an image (PNG, JPEG, GIF, WebP). Its content was checked, not its name. Choose another file.
resource-error-too-large = { $count ->
    [one] The document is larger than { $count } megabyte. Choose a smaller file, or share a link to it instead.
   *[other] The document is larger than { $count } megabytes. Choose a smaller file, or share a link to it instead.
}
