## Recursos y biblioteca de recursos (incidencia 5, punto 6)

nav-resources = Recursos
library-title = Biblioteca de recursos
library-lead = Documentos y enlaces compartidos por los proyectos y por la Unidad de Apoyo del FMMD: material de formación, perfiles migratorios, informes, políticas, directrices y datos, que se pueden buscar por país, tipo y palabras.
library-filters-label = Buscar en la biblioteca
library-add = Añadir un recurso a la biblioteca
library-found = { $count ->
    [one] { $count } recurso
   *[other] { $count } recursos
}
library-none = Ningún recurso coincide con estos filtros. Pruebe con menos filtros o con otras palabras.

resource-kind-training_material = Material de formación
resource-kind-migration_profile = Perfil migratorio
resource-kind-report = Informe
resource-kind-policy = Política
resource-kind-guideline = Directrices
resource-kind-data = Datos
resource-kind-presentation = Presentación
resource-kind-other = Otro

resource-document = Documento
resource-link = Enlace
resource-of-project = Proyecto:
resource-countries = Países que abarca
resource-countries-none = No se refiere a un país concreto
resource-project = Proyecto
resource-project-none = Ninguno: recurso de la biblioteca
resource-added = Añadido el
resource-download = Descargar el documento
resource-open-link = Abrir el enlace
resource-remove = Retirar este recurso

project-resources = Recursos
project-resources-none = Todavía no se ha compartido ningún documento ni enlace.
project-resources-add = Añadir un recurso

resource-new-title = Añadir un recurso
resource-new-lead-project = Comparta un documento o un enlace con todas las personas que leen la página de este proyecto. También aparece en la biblioteca de recursos.
resource-new-lead-library = Añada a la biblioteca un documento o un enlace que no pertenezca a ningún proyecto, como el perfil migratorio de un país.
resource-field-title = Título
resource-field-description = Descripción (opcional)
resource-hint-description = Qué contiene y a quién va dirigido, en 2000 caracteres como máximo.
resource-field-kind = Tipo de recurso
resource-choose-kind = Elija un tipo
resource-field-lang = Idioma del recurso
resource-hint-countries = Elija todos los países que abarca (mantenga pulsada la tecla Ctrl, o Cmd en un Mac, para elegir varios). No elija ninguno si no se refiere a países concretos.
resource-what = Documento o enlace
resource-hint-what = Indique un enlace o un documento, no ambos.
resource-field-url = Enlace (una dirección que empiece por http:// o https://)
resource-field-file = Documento
resource-hint-file = { $count ->
    [one] PDF, Word, Excel, PowerPoint, OpenDocument o una imagen (PNG, JPEG, GIF, WebP), de { $count } megabyte como máximo.
   *[other] PDF, Word, Excel, PowerPoint, OpenDocument o una imagen (PNG, JPEG, GIF, WebP), de { $count } megabytes como máximo.
}
resource-submit = Añadir el recurso

resource-error-title = Escriba un título de 200 caracteres como máximo.
resource-error-description = Acorte la descripción a 2000 caracteres como máximo.
resource-error-kind = Elija el tipo de recurso.
resource-error-lang = Elija el idioma del recurso.
resource-error-country = Elija los países de la lista.
resource-error-url = Escriba una dirección completa que empiece por http:// o https://, por ejemplo https://www.example.org/informe.
resource-error-both = Indique un enlace o un documento, no ambos: vacíe el enlace o no adjunte el documento.
resource-error-none = Elija un documento o escriba un enlace.
resource-error-again = Vuelva a elegir el documento: no se conserva mientras haya otras respuestas que corregir.
resource-error-empty = El archivo elegido está vacío. Vuelva a elegir el documento.
resource-error-type = Este archivo no es un PDF, ni un documento de oficina (Word, Excel, PowerPoint, OpenDocument), ni una imagen (PNG, JPEG, GIF, WebP). Se ha comprobado su contenido, no su nombre. Elija otro archivo.
resource-error-too-large = { $count ->
    [one] El documento supera { $count } megabyte. Elija un archivo más pequeño o comparta en su lugar un enlace a él.
   *[other] El documento supera { $count } megabytes. Elija un archivo más pequeño o comparta en su lugar un enlace a él.
}
