## Ресурсы и библиотека ресурсов (задача 5, пункт 6)

nav-resources = Ресурсы
library-title = Библиотека ресурсов
library-lead = Документы и ссылки, которыми делятся проекты и Группа поддержки ГФМР: учебные материалы, миграционные профили, доклады, стратегии, руководства и данные с поиском по стране, виду и словам.
library-filters-label = Поиск в библиотеке
library-add = Добавить ресурс в библиотеку
library-found = { $count ->
    [one] { $count } ресурс
    [few] { $count } ресурса
    [many] { $count } ресурсов
   *[other] { $count } ресурса
}
library-none = Нет ресурсов, соответствующих этим фильтрам. Попробуйте уменьшить число фильтров или изменить слова.

resource-kind-training_material = Учебные материалы
resource-kind-migration_profile = Миграционный профиль
resource-kind-report = Доклад
resource-kind-policy = Стратегия
resource-kind-guideline = Руководство
resource-kind-data = Данные
resource-kind-presentation = Презентация
resource-kind-other = Другое

resource-document = Документ
resource-link = Ссылка
resource-of-project = Проект:
resource-countries = Охватываемые страны
resource-countries-none = Не относится к конкретной стране
resource-project = Проект
resource-project-none = Нет: ресурс библиотеки
resource-added = Добавлен
resource-download = Скачать документ
resource-open-link = Открыть ссылку
resource-remove = Удалить этот ресурс

project-resources = Ресурсы
project-resources-none = Пока не опубликовано ни одного документа или ссылки.
project-resources-add = Добавить ресурс

resource-new-title = Добавить ресурс
resource-new-lead-project = Поделитесь документом или ссылкой со всеми, кто читает страницу этого проекта. Он также появится в библиотеке ресурсов.
resource-new-lead-library = Добавьте в библиотеку документ или ссылку, не относящиеся ни к одному проекту, например миграционный профиль страны.
resource-field-title = Название
resource-field-description = Описание (необязательно)
resource-hint-description = Что в нём содержится и для кого он предназначен — не более 2000 знаков.
resource-field-kind = Вид ресурса
resource-choose-kind = Выберите вид
resource-field-lang = Язык ресурса
resource-hint-countries = Выберите все страны, которые он охватывает (удерживайте Ctrl, или Cmd на Mac, чтобы выбрать несколько). Не выбирайте ни одной, если он не касается конкретных стран.
resource-what = Документ или ссылка
resource-hint-what = Укажите либо ссылку, либо документ, но не то и другое.
resource-field-url = Ссылка (адрес, начинающийся с http:// или https://)
resource-field-file = Документ
resource-hint-file = { $count ->
    [one] PDF, Word, Excel, PowerPoint, OpenDocument или изображение (PNG, JPEG, GIF, WebP) размером не более { $count } мегабайта.
    [few] PDF, Word, Excel, PowerPoint, OpenDocument или изображение (PNG, JPEG, GIF, WebP) размером не более { $count } мегабайт.
    [many] PDF, Word, Excel, PowerPoint, OpenDocument или изображение (PNG, JPEG, GIF, WebP) размером не более { $count } мегабайт.
   *[other] PDF, Word, Excel, PowerPoint, OpenDocument или изображение (PNG, JPEG, GIF, WebP) размером не более { $count } мегабайта.
}
resource-submit = Добавить ресурс

resource-error-title = Введите название длиной не более 200 знаков.
resource-error-description = Сократите описание до 2000 знаков.
resource-error-kind = Выберите вид ресурса.
resource-error-lang = Выберите язык ресурса.
resource-error-country = Выберите страны из списка.
resource-error-url = Введите полный адрес, начинающийся с http:// или https://, например https://www.example.org/report.
resource-error-both = Укажите либо ссылку, либо документ, но не то и другое: очистите поле ссылки или не прикладывайте документ.
resource-error-none = Выберите документ или введите ссылку.
resource-error-again = Выберите документ ещё раз: он не сохраняется, пока нужно исправить другие ответы.
resource-error-empty = Выбранный файл пуст. Выберите документ ещё раз.
resource-error-type = Этот файл не является ни PDF, ни офисным документом (Word, Excel, PowerPoint, OpenDocument), ни изображением (PNG, JPEG, GIF, WebP). Проверялось его содержимое, а не имя. Выберите другой файл.
resource-error-too-large = { $count ->
    [one] Документ больше { $count } мегабайта. Выберите файл поменьше или поделитесь ссылкой на него.
    [few] Документ больше { $count } мегабайт. Выберите файл поменьше или поделитесь ссылкой на него.
    [many] Документ больше { $count } мегабайт. Выберите файл поменьше или поделитесь ссылкой на него.
   *[other] Документ больше { $count } мегабайта. Выберите файл поменьше или поделитесь ссылкой на него.
}
