# Vinculación: razones, panel de la organización, formulario de perfil (issue 6).
match-list-separator = {", "}
match-reason-need_offer = Ofrece lo que el proyecto necesita: { $items }
match-reason-stage_fit = Ofrece lo que suelen necesitar los proyectos en la etapa «{ $stage }»: { $items }
match-reason-shared_themes = Temas en común: { $items }
match-reason-based_in = Con sede en { $country }, un país al que se refiere el proyecto
match-reason-interested_in = Trabaja en { $country } o le interesa, un país al que se refiere el proyecto
match-reason-region = Con sede o interés en { $region }, donde se desarrolla el proyecto
match-reason-profile_text = Su perfil usa las mismas palabras que el proyecto
match-reason-past_projects = Sus proyectos anteriores se parecen a este
match-reason-profile_text-words = Su perfil menciona: { $words }
match-reason-past_projects-words = Sus proyectos anteriores mencionan: { $words }
match-reason-engagement = { $count ->
    [one] Formó parte de un equipo de mesa redonda del FMMD
   *[other] Formó parte de { $count } equipos de mesas redondas del FMMD
}
match-reason-language = Trabaja en { $language }
match-language-en = inglés
match-language-fr = francés
match-language-es = español
match-language-ar = árabe
match-language-zh = chino
match-language-ru = ruso
match-score = Puntuación { $score }

my-organisation-link = Mi organización
my-organisation-title = { $name }: panel
my-organisation-public-page = Página pública de la organización
my-organisation-edit-profile = Editar el perfil de asociación
my-organisation-suggestions = Proyectos a los que podría sumarse
my-organisation-suggestions-hint = Ordenados según cuánto se ajusta su perfil a las necesidades, los temas, los países, la etapa y las palabras de cada proyecto. Cada razón indica cuánto sumó a la puntuación.
my-organisation-suggestions-empty-profile = Todavía no hay sugerencias: complete su perfil (lo que ofrece, sus temas y países) para que la plataforma encuentre proyectos para usted.
my-organisation-suggestions-none = Por ahora ningún proyecto público que busca socios se ajusta a su perfil.

profile-title = Perfil de asociación
profile-empty = Esta organización aún no ha completado su perfil de asociación.
profile-offers = Lo que ofrece
profile-themes = Intereses temáticos
profile-regions = Regiones de interés
profile-countries = Países de interés
profile-languages = Idiomas de trabajo
profile-contacts = Personas de contacto
profile-form-title = Perfil de asociación de { $name }
profile-form-hint = Los facilitadores y los responsables de proyectos ven este perfil, y la plataforma lo usa para sugerir asociaciones. Todas las partes son opcionales.
profile-offers-hint = Elija un tipo para cada oferta y diga en pocas palabras en qué consiste. Deje una fila vacía para eliminarla.
profile-offer-kind = Oferta { $number }: tipo
profile-offer-text = Oferta { $number }: en qué consiste
profile-offer-none = (ninguna)
profile-countries-hint = Códigos de país de dos letras separados por comas, por ejemplo MX, PH, KE.
profile-contacts-hint = Personas de su organización a las que otros pueden contactar sobre asociaciones. Sus nombres aparecen en la página de la organización.
profile-save = Guardar el perfil
profile-saved = Se guardó el perfil.
profile-error-offer-kind = Elija el tipo de esta oferta
profile-error-offer-text = Describa esta oferta en 500 caracteres como máximo
profile-error-code = Elija entre las opciones mostradas
profile-error-countries = Escriba códigos de país de dos letras (ISO 3166), por ejemplo MX, PH, KE
profile-error-contact = Elija los contactos entre las personas de su organización
