document.addEventListener('DOMContentLoaded', () => console.log('tricky'));
