## Plataforma para las Alianzas: textos de la interfaz en español.
## Todas las claves deben existir en todos los demás idiomas (una prueba lo comprueba).

site-name = Plataforma para las Alianzas
skip-to-content = Ir al contenido principal
nav-label = Menú principal
nav-projects = Proyectos
nav-organisations = Organizaciones
nav-themes = Temas
nav-about = Acerca de
language-label = Idioma
footer-facilitates = La Plataforma para las Alianzas del Foro Mundial sobre Migración y Desarrollo facilita el establecimiento de alianzas. No financia, ejecuta ni selecciona proyectos.
footer-open-data = Datos abiertos (JSON)
footer-brokering-outcomes = Resultados de las presentaciones

search = Buscar
search-projects = Buscar proyectos
themes = Temas
owned-by = Promovido por
roundtable-session = Sesión de mesa redonda { $session }
pagination = Páginas
page-previous = Página anterior
page-next = Página siguiente
page-of = Página { $page } de { $pages }

## Inicio
home-title = Inicio
home-lead = Aquí los gobiernos proponen proyectos de migración y desarrollo y siguen su evolución; la Unidad de Apoyo del FMMD los pone en contacto con socios que pueden ayudar, y cualquier persona puede seguir sus avances.
home-by-stage = Proyectos por etapa
home-totals-projects = { $count ->
    [one] { $count } proyecto público
   *[other] { $count } proyectos públicos
}
home-totals-organisations = { $count ->
    [one] { $count } organización
   *[other] { $count } organizaciones
}
home-totals-outcomes = { $count ->
    [one] { $count } recomendación del FMMD pendiente de seguimiento
   *[other] { $count } recomendaciones del FMMD pendientes de seguimiento
}
home-latest = Proyectos más recientes
home-no-projects = Todavía no se ha publicado ningún proyecto.
home-all-projects = Todos los proyectos
home-does = Qué hace la plataforma
home-does-1 = Reúne los proyectos propuestos por los gobiernos, con sus necesidades, en cualquier etapa de su ciclo de vida.
home-does-2 = Encuentra organizaciones que podrían asociarse a un proyecto y explica por qué.
home-does-3 = Pone en contacto a posibles socios por correo electrónico y organiza reuniones.
home-does-4 = Comparte ideas, preguntas y avances con todas las personas que siguen un proyecto.
home-does-not = Qué no hace
home-does-not-1 = No financia proyectos: la financiación corresponde principalmente a los Estados interesados.
home-does-not-2 = No ejecuta proyectos.
home-does-not-3 = No selecciona proyectos: los examinan las estructuras del FMMD.

## Filtros y listas
filters-label = Filtrar proyectos
filter-q = Palabras
filter-stage = Etapa
filter-theme = Tema
filter-country = País
filter-need = Necesidad
filter-kind = Tipo de organización
filter-any = Cualquiera
filter-apply = Mostrar resultados
filter-clear = Borrar filtros
projects-title = Proyectos
projects-found = { $count ->
    [one] { $count } proyecto
   *[other] { $count } proyectos
}
projects-none = Ningún proyecto coincide con estos filtros. Pruebe con menos filtros o con otras palabras.
organisations-title = Organizaciones
organisations-found = { $count ->
    [one] { $count } organización
   *[other] { $count } organizaciones
}
organisations-none = Ninguna organización coincide con estos filtros.

## Un proyecto
project-summary = Resumen
project-objectives = Objetivos y actividades
project-origin = Origen
project-timeline = Cronología de las etapas
project-timeline-empty = Todavía no se ha registrado ningún cambio de etapa.
project-needs = Necesidades del proyecto
project-needs-none = No se ha indicado ninguna necesidad.
project-outcomes = Recomendaciones del FMMD a las que da seguimiento
project-outcomes-none = Este proyecto no da seguimiento a ninguna recomendación registrada del FMMD.
project-partners = Promotores y socios
project-partners-none = Todavía no se ha registrado ningún socio.
project-no-owner = El informe de 2010 no indica ningún gobierno promotor de este proyecto.
project-countries = Países interesados

## Una organización
organisation-projects = Proyectos
organisation-projects-none = Esta organización todavía no participa en ningún proyecto público.
organisation-engagements = Participación en el FMMD
organisation-engagements-none = No se ha registrado ninguna participación.

## Temas
themes-title = Temas
themes-lead = Los proyectos y las organizaciones se clasifican por temas tomados de las mesas redondas y los grupos de trabajo del FMMD.
theme-no-projects = Todavía no hay ningún proyecto público sobre este tema.
theme-all-projects = Todos los proyectos sobre este tema
theme-outcomes = Recomendaciones del FMMD sobre este tema
theme-outcomes-none = No hay ninguna recomendación del FMMD clasificada en este tema.
outcome-followed-by = Proyectos que le dan seguimiento:

## Acerca de
about-title = Acerca de la plataforma
about-lead = La Plataforma para las Alianzas se puso en marcha en la cuarta reunión del Foro Mundial sobre Migración y Desarrollo (Puerto Vallarta, México, noviembre de 2010) para promover alianzas prácticas y orientadas a la acción entre los gobiernos y otros actores, en particular para llevar a la práctica las recomendaciones del FMMD.
about-who-heading = Quién hace qué
about-who-governments = Gobiernos
about-who-governments-text = Proponen, promueven y ejecutan los proyectos, y son los principales responsables de su financiación.
about-who-structures = Estructuras del FMMD
about-who-structures-text = La Presidencia en ejercicio, el Grupo Directivo y los grupos de trabajo especiales examinan y seleccionan los proyectos.
about-who-support-unit = La Unidad de Apoyo del FMMD
about-who-support-unit-text = Gestiona la plataforma y pone en contacto a posibles socios; no selecciona ni ejecuta proyectos.
about-who-partners = Socios
about-who-partners-text = Las organizaciones internacionales, la sociedad civil, las organizaciones de la diáspora, las fundaciones, el mundo académico y el sector privado apoyan, ejecutan y financian proyectos.
about-who-observers = Observadores
about-who-observers-text = Cualquier persona puede consultar todas las páginas públicas y seguir los avances de un proyecto.
about-stages-heading = El ciclo de vida de un proyecto
about-online-offline-heading = En línea y fuera de línea
about-online = En línea, la plataforma reúne ideas, preguntas y novedades sobre los proyectos y las comparte con todas las personas interesadas.
about-offline = Fuera de línea, organiza reuniones entre socios actuales y potenciales.
about-data-heading = Datos abiertos
about-data = Todo lo que es público en la plataforma también puede consultarse en formato JSON, con fines de investigación y reutilización.

## Errores
error-status = Código de error { $status }
error-go-home = Ir a la página de inicio
error-go-projects = Explorar los proyectos
error-bad-param = El valor «{ $value }» no es válido para «{ $param }».
error-400-title = Esta dirección contiene un error
error-400-advice = Compruebe la dirección o vuelva a empezar desde la lista.
error-404-title = Página no encontrada
error-404-advice = Es posible que la página se haya trasladado o que la dirección esté mal escrita.
error-405-title = Esta acción no es posible aquí
error-405-advice = Vuelva atrás e inténtelo de nuevo desde la propia página.
error-4xx-title = No es posible responder a esta solicitud
error-4xx-advice = Vuelva atrás e inténtelo de nuevo.
error-500-title = Se ha producido un error por nuestra parte
error-500-advice = El problema ha quedado registrado. Inténtelo de nuevo dentro de unos minutos.
error-503-title = La plataforma no está disponible en este momento
error-503-advice = No es posible acceder a su base de datos por ahora. Inténtelo de nuevo dentro de unos minutos.

## Cuentas
sign-in = Iniciar sesión
sign-out = Cerrar sesión
login-title = Iniciar sesión
login-submit = Iniciar sesión
login-error-email = Introduzca su dirección de correo electrónico, por ejemplo, nombre@example.org.
login-error-password-empty = Introduzca su contraseña.
login-error-wrong = La dirección de correo electrónico o la contraseña no son correctas. Compruebe ambas e inténtelo de nuevo.
login-error-throttled = Demasiados intentos de inicio de sesión. Espere 15 minutos e inténtelo de nuevo.
field-email = Dirección de correo electrónico
field-password = Contraseña
field-name = Nombre
field-language = Idioma de la interfaz y de los correos electrónicos
field-current-password = Contraseña actual
field-new-password = Nueva contraseña
password-hint = Al menos 10 caracteres. Unas cuantas palabras sin relación entre sí forman una contraseña segura.
password-error-length = Elija una contraseña de entre 10 y 128 caracteres.
form-error-summary = Hay un problema
form-error-title-prefix = Error:
account-title = Su cuenta
account-role = Rol
account-organisation = Organización
account-no-organisation = Ninguna
account-profile = Nombre e idioma
account-save = Guardar
account-saved = Se han guardado los cambios.
account-password = Contraseña
account-change-password = Cambiar la contraseña
account-password-changed = Se ha cambiado su contraseña. Se han cerrado las demás sesiones.
account-error-name = Introduzca un nombre de entre 1 y 100 caracteres.
account-error-language = Elija uno de los seis idiomas.
account-error-current = La contraseña actual no es correcta.
demo-heading = Pruebe la plataforma
demo-lead = Esta es una demostración. Inicie sesión con un solo clic como una de estas personas para ver lo que permite hacer cada rol.
demo-sign-in-as = Iniciar sesión como { $role }
error-403-title = No puede realizar esta acción
error-403-advice = Si cree que debería poder hacerlo, póngase en contacto con la Unidad de Apoyo del FMMD.
error-429-title = Demasiadas solicitudes
error-429-advice = Espere unos minutos e inténtelo de nuevo.
error-forbidden = Su rol no permite realizar esta acción.
error-csrf = Este formulario ha caducado o no procede de este sitio. Vuelva atrás, recargue la página e inténtelo de nuevo.
