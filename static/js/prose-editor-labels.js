// The rich-text editor's toolbar in the admin's language. django-prose-editor 0.28 writes its buttons' tooltips
// and aria-labels ("bold", "heading 2", "insert link") and its block-type options ("Paragraph", "Heading 2") in
// English, outside its gettext() calls. Each is looked up in the admin's JavaScript catalogue (Django's jsi18n,
// loaded before the editor; translations in locale/completions/*/djangojs.po) when an editor is ready.
// Loaded by the editor itself (DJANGO_PROSE_EDITOR_EXTENSIONS), as a module: it only listens.
const translate = (text) => (text && window.gettext ? window.gettext(text) : text)

function relabel(menubar) {
  for (const button of menubar.querySelectorAll("button[title], button[aria-label]")) {
    for (const name of ["title", "aria-label"]) {
      const text = button.getAttribute(name)
      if (text) button.setAttribute(name, translate(text))
    }
  }
  // The block-type picker's options, and the text buttons ("Block style"): their own words, not icon names.
  for (const option of menubar.querySelectorAll(".prose-menubar__option > *, button:not(.material-icons)")) {
    if (option.children.length === 0 && option.textContent) option.textContent = translate(option.textContent)
  }
}

function relabelEditor(editor) {
  const menubar = editor.view.dom.parentElement?.querySelector(".prose-menubar")
  if (!menubar) return false
  relabel(menubar)
  // The picker shows a copy of the active option: a transaction makes it copy the translated one.
  editor.view.dispatch(editor.state.tr)
  return true
}

document.addEventListener("prose-editor:ready", (event) => {
  const { editor } = event.detail
  // TipTap builds the menu bar on its "create" event, which comes after the editor reports itself ready.
  if (!relabelEditor(editor)) editor.on("create", () => relabelEditor(editor))
})
