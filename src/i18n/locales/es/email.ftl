# Mensajes de correo electrónico (templates/email/) y buzón de desarrollo (/dev/mailbox).
# Las claves son las mismas en los seis idiomas; una prueba unitaria lo comprueba.

## Todos los mensajes

email-brand = Plataforma para las Alianzas
email-greeting = Hola:
email-footer-about = La Plataforma para las Alianzas es el servicio del Foro Mundial sobre Migración y Desarrollo dedicado a las alianzas en materia de migración y desarrollo.
email-footer-automatic = Este mensaje se envió automáticamente; las respuestas no se leen.

## El mensaje de prueba (pfp mail test)

email-test-subject = Mensaje de prueba de la Plataforma para las Alianzas
email-test-body = Este es un mensaje de prueba, solicitado el { $time }. Si lo está leyendo, los mensajes de la plataforma llegan a esta dirección.
email-test-no-action = No tiene que hacer nada.
email-test-link = Abrir la plataforma

## El buzón de desarrollo (solo en modo de demostración)

mailbox-title = Buzón de desarrollo
mailbox-intro = Todos los mensajes que la plataforma ha enviado mientras no hay ningún servidor SMTP configurado (PFP_SMTP_URL sin definir). Esta página solo existe en modo de demostración.
mailbox-empty = Todavía no hay mensajes. Para poner uno en cola: pfp mail test --to alguien@example.org
mailbox-count = { $count ->
    [one] 1 mensaje
   *[other] { $count } mensajes
}
mailbox-date = Fecha
mailbox-from = De
mailbox-to = Para
mailbox-subject = Asunto
mailbox-message-id = Message-ID
mailbox-language = Idioma
mailbox-no-subject = (sin asunto)
mailbox-text-part = Parte de texto
mailbox-no-text-part = Este mensaje no tiene parte de texto.
mailbox-open-html = Abrir la parte HTML
mailbox-download = Descargar el mensaje (.eml)
mailbox-back = Todos los mensajes
